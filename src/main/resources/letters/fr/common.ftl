<#-- Passages communs des lettres en français. Chaque ${...} doit être renseigné, sinon la lettre n'est pas envoyée. -->
<#assign rightNames = {
  "ACCESS": "l'accès à vos données à caractère personnel (article 15 du RGPD)",
  "RECTIFICATION": "la rectification de vos données à caractère personnel (article 16 du RGPD)",
  "ERASURE": "l'effacement de vos données à caractère personnel (article 17 du RGPD)",
  "RESTRICTION": "la limitation du traitement de vos données à caractère personnel (article 18 du RGPD)",
  "PORTABILITY": "la portabilité de vos données vers une autre entreprise (article 20 du RGPD)",
  "OBJECTION": "votre opposition au traitement de vos données à caractère personnel (article 21 du RGPD)",
  "CONSENT_WITHDRAWAL": "le retrait de votre consentement (article 7, paragraphe 3, du RGPD)",
  "AUTOMATED_DECISION": "le réexamen d'une décision fondée exclusivement sur un traitement automatisé (article 22 du RGPD)",
  "QUESTION": "votre question concernant l'utilisation de vos données à caractère personnel"
}>
<#assign reasonTexts = {
  "IDENTITY_NOT_ESTABLISHED": "Nous n'avons pas pu vérifier que vous êtes la personne concernée par les données. Nous ne pouvons communiquer ou modifier des données à caractère personnel que lorsque nous en sommes certains, afin que personne d'autre ne puisse obtenir ou modifier vos données (article 11, paragraphe 2, et article 12, paragraphe 6, du RGPD).",
  "MANIFESTLY_UNFOUNDED": "La demande est manifestement infondée : elle ne porte sur aucun des droits que la réglementation relative à la protection des données vous confère à l'égard des données à caractère personnel que nous détenons (article 12, paragraphe 5, du RGPD).",
  "EXCESSIVE": "La demande est excessive, notamment parce qu'elle répète des demandes auxquelles nous avons déjà répondu récemment (article 12, paragraphe 5, du RGPD).",
  "LEGAL_RETENTION_DUTY": "La loi nous oblige à conserver certaines données pendant une durée déterminée, par exemple les factures à des fins fiscales et comptables. Nous conservons ces données uniquement à cette fin et les supprimons à l'expiration de cette durée (article 17, paragraphe 3, point b), du RGPD).",
  "LEGAL_CLAIMS": "Certaines données nous sont nécessaires à la constatation, à l'exercice ou à la défense de droits en justice, par exemple dans un litige encore en cours (article 17, paragraphe 3, point e), du RGPD).",
  "RIGHTS_OF_OTHERS": "Une partie des informations révélerait des données à caractère personnel d'autres personnes ou porterait atteinte à leurs droits d'une autre manière ; nous ne pouvons donc pas la communiquer (article 15, paragraphe 4, du RGPD).",
  "NO_ERASURE_GROUND": "Aucun des motifs pour lesquels la loi vous donne le droit d'obtenir l'effacement de vos données ne s'applique aux données concernées (article 17, paragraphe 1, du RGPD). Un tel motif existe par exemple lorsque les données ne nous sont plus nécessaires au regard de la finalité pour laquelle nous les avons collectées, ou lorsque nous les traitons uniquement sur la base de votre consentement et que vous l'avez retiré.",
  "COMPELLING_LEGITIMATE_GROUNDS": "Nous avons, pour traiter les données concernées, des motifs légitimes et impérieux qui prévalent sur vos intérêts, droits et libertés (article 21, paragraphe 1, du RGPD).",
  "DATA_ACCURATE": "Nous avons vérifié les données dont vous demandez la rectification : elles sont exactes, il n'y a donc rien à rectifier (article 16 du RGPD).",
  "RESTRICTION_CONDITIONS_NOT_MET": "Aucune des situations dans lesquelles la loi vous donne le droit d'obtenir la limitation du traitement de vos données ne se présente (article 18, paragraphe 1, du RGPD). Une telle situation existe par exemple pendant que nous vérifions l'exactitude de données que vous contestez, ou pendant que nous vérifions si nos motifs légitimes prévalent sur ceux que vous invoquez à l'appui de votre opposition.",
  "PORTABILITY_CONDITIONS_NOT_MET": "Vous ne pouvez transmettre à une autre entreprise que les données que vous nous avez fournies vous-même et que nous traitons de manière automatisée sur la base de votre consentement ou d'un contrat conclu avec vous, et seulement dans la mesure où cela ne porte pas atteinte aux droits et libertés d'autres personnes (article 20, paragraphes 1 et 4, du RGPD). Ces conditions ne sont pas remplies en l'espèce.",
  "NATIONAL_RESTRICTION": "Une loi nationale limite ce droit dans votre cas, comme le permet la réglementation relative à la protection des données (article 23 du RGPD).",
  "NO_DATA_HELD": "Nous avons effectué des recherches dans tous nos systèmes et ne détenons aucune donnée à caractère personnel vous concernant (article 15, paragraphe 1, du RGPD).",
  "COMPLEX_REQUEST": "Votre demande est complexe et nous avons besoin de plus de temps pour y répondre de manière complète et exacte (article 12, paragraphe 3, du RGPD).",
  "NUMBER_OF_REQUESTS": "Nous avons reçu un nombre inhabituellement élevé de demandes et avons besoin de plus de temps pour traiter la vôtre avec soin (article 12, paragraphe 3, du RGPD)."
}>

<#-- La formule d'appel française ne reprend pas le nom : « Madame, Monsieur » convient quel que soit le destinataire. -->
<#macro greeting>
Madame, Monsieur,
</#macro>

<#-- Une lettre envoyée par la poste ne peut pas inviter à « répondre à ce courriel ». -->
<#macro replyTo><#if byPost>nous écrire par courriel à ${controller.dataProtectionContact} ou par courrier à l'adresse indiquée ci-dessous<#else>répondre à ce courriel</#if></#macro>

<#macro rightList>
<#list rights as r>
- ${rightNames[r]}
</#list>
</#macro>

<#macro explainReasons>
<#list reasons as r>
<#if r != "OTHER">
- ${reasonTexts[r]}
</#if>
</#list>
<#if reasonDetails??>

${reasonDetails}
</#if>
</#macro>

<#macro authority>
  ${controller.supervisoryAuthority.name}
  ${controller.supervisoryAuthority.address}
  ${controller.supervisoryAuthority.website}
</#macro>

<#-- Article 12, paragraphe 4 : chaque fois que nous ne faisons pas (tout) ce qui est demandé, et lorsque le client reste insatisfait. -->
<#macro remedies>
Vos droits si vous n'êtes pas d'accord avec notre réponse (article 12, paragraphe 4, du RGPD) :
- Vous avez le droit d'introduire une réclamation auprès d'une autorité de contrôle, en particulier dans l'État membre de l'Union européenne dans lequel se trouve votre résidence habituelle, votre lieu de travail ou le lieu où la violation aurait été commise (article 77 du RGPD). L'autorité compétente à notre égard est :
<@authority/>
- <#if controller.courtRemedy??>${controller.courtRemedy}<#else>Vous avez le droit de former un recours juridictionnel effectif (article 79 du RGPD). Vous pouvez saisir les juridictions de l'État membre dans lequel nous sommes établis ou de l'État membre dans lequel vous avez votre résidence habituelle.</#if>
Si vous le souhaitez, écrivez-nous d'abord à l'adresse ${controller.dataProtectionContact} : nous réexaminerons votre dossier.
</#macro>

<#macro yourRights>
Vos droits : vous pouvez nous demander de rectifier des données inexactes (article 16 du RGPD), d'effacer vos données (article 17 du RGPD) et d'en limiter le traitement (article 18 du RGPD). Vous pouvez vous opposer au traitement de vos données fondé sur notre intérêt légitime ou effectué à des fins de prospection (article 21 du RGPD). Lorsque nous traitons vos données sur la base de votre consentement, vous pouvez le retirer à tout moment (article 7, paragraphe 3, du RGPD). Vous avez également le droit d'introduire une réclamation auprès de l'autorité de contrôle : ${controller.supervisoryAuthority.name}, ${controller.supervisoryAuthority.address}, ${controller.supervisoryAuthority.website} (article 77 du RGPD).
</#macro>

<#macro processing>
<#list answer.processingInfo as a>
${a?counter}. Finalité : ${a.purpose}
   Base juridique : ${a.legalBasis}
   Catégories de données : ${a.dataCategories?join(", ")}
   Destinataires : <#if a.recipients?has_content>${a.recipients?join(", ")}<#else>aucun destinataire en dehors de notre entreprise</#if>
   Durée de conservation : ${a.retention}
   Origine des données : ${a.source}
   Transferts vers des pays hors de l'EEE : <#if a.transfers?has_content>${a.transfers?join("; ")}<#else>aucun</#if>
<#if a.automatedDecision??>
   Prise de décision automatisée (art. 22 du RGPD) : ${a.automatedDecision.logic}. Importance : ${a.automatedDecision.significance}. Conséquences envisagées : ${a.automatedDecision.consequences}.
</#if>
</#list>
<#if !answer.processingInfo?filter(a -> a.automatedDecision??)?has_content>
Prise de décision automatisée, y compris le profilage (art. 22 du RGPD) : nous ne prenons à votre égard aucune décision fondée exclusivement sur un traitement automatisé, y compris le profilage.
</#if>
</#macro>

<#macro counted items><#list items as i>
- ${i.category} (nombre d'enregistrements : ${i.rows})
</#list></#macro>

<#macro reasonsOf s>
<#list s.reasons as r>
<#if r != "OTHER">
- ${reasonTexts[r]}
</#if>
</#list>
<#if s.details??>
${s.details}
</#if>
</#macro>

<#-- Article 19 : seulement les destinataires réellement informés, avec la date ; seulement si des données ont été rectifiées, effacées ou limitées, ou leur traitement arrêté. -->
<#macro art19>
<#if answer.art19>

Information des destinataires (article 19 du RGPD)
<#if answer.notified?has_content>
Nous avons informé de nos démarches les destinataires auxquels nous avions communiqué les données concernées, afin qu'ils fassent de même :
<#list answer.notified as n>
- ${n.name}, le ${n.date}
</#list>
<#else>
Nous n'avions communiqué les données concernées à personne ; il n'y avait donc aucun destinataire à informer.
</#if>
</#if>
</#macro>

<#macro byHand s>
<#if s.byHand?has_content>
Nous l'avons également fait dans des fichiers que nous tenons en dehors de nos systèmes :
<#list s.byHand as h>
- ${h.source} (le ${h.date})
</#list>
</#if>
</#macro>

<#-- Ce qui a été fait pour un droit demandé, d'après le journal d'exécution. -->
<#macro fulfilled s>
<#switch s.right>
<#case "ACCESS">
<#if s.copied?has_content || s.foundByHand?has_content>
Nous vous confirmons que nous traitons des données à caractère personnel vous concernant. Voici les données que nous détenions à la réception de votre demande ; cette copie est gratuite (article 15, paragraphe 3, du RGPD) :
<#list s.copied as item>

${item.category} (nombre d'enregistrements : ${item.rows})
<#list item.values as row>
  - <#list row as field, value>${field} : ${value}<#sep> ; </#sep></#list>
</#list>
</#list>
<#if s.foundByHand?has_content>

Nous avons également effectué des recherches dans des endroits que nos systèmes n'atteignent pas. Voici vos données telles que nous les y avons trouvées :
<#list s.foundByHand as f>

${f.source} :
${f.data}
</#list>
</#if>

Pourquoi et comment nous les utilisons (article 15, paragraphe 1, du RGPD) :
<@processing/>

<@yourRights/>
<#else>
En dehors des données de la présente demande, nous ne détenons aucune donnée à caractère personnel vous concernant (article 15, paragraphe 1, du RGPD).
</#if>
<#if s.withheld?has_content>
Nous n'avons pas repris les données suivantes dans la copie : ${s.withheld?join(", ")}. ${reasonTexts["RIGHTS_OF_OTHERS"]}
<#if s.details??>${s.details}</#if>
</#if>
<#break>
<#case "PORTABILITY">
<#if s.exported?has_content>
Vous trouverez en annexe les données que vous nous avez fournies, dans un format structuré, couramment utilisé et lisible par machine, afin que vous puissiez les transmettre à une autre entreprise (article 20 du RGPD) : ${s.exported?join(", ")}.
<#else>
Nous ne détenons aucune donnée que vous nous avez fournie et que nous traitons sur la base de votre consentement ou d'un contrat conclu avec vous ; il n'y a donc rien à vous transmettre (article 20, paragraphe 1, du RGPD).
</#if>
<#if s.withheld?has_content>
Nous n'avons pas repris les données suivantes dans le fichier : ${s.withheld?join(", ")}. ${reasonTexts["RIGHTS_OF_OTHERS"]}
<#if s.details??>${s.details}</#if>
</#if>
<#break>
<#case "RECTIFICATION">
<#if s.corrected?has_content>
Nous avons rectifié les données suivantes : ${s.corrected?join(", ")}.
<#elseif s.superseded>
Comme vous nous avez également demandé d'effacer vos données, nous les avons effacées au lieu de les rectifier (voir ci-dessous).
<#else>
Vos données correspondaient déjà à votre demande ; il n'y avait donc rien à modifier.
</#if>
<#break>
<#case "RESTRICTION">
<#if s.restricted?has_content>
Nous avons limité le traitement de vos données à caractère personnel dans :
<@counted s.restricted/>
Désormais, nous nous contentons de conserver ces données. Nous ne les utiliserons autrement qu'avec votre consentement, pour la constatation, l'exercice ou la défense de droits en justice, pour la protection des droits d'une autre personne ou pour un motif important d'intérêt public (article 18, paragraphe 2, du RGPD). Nous vous informerons avant de lever cette limitation (article 18, paragraphe 3, du RGPD).
<#else>
Nous n'avons trouvé aucune donnée à caractère personnel vous concernant dont nous pourrions limiter le traitement.
</#if>
<#break>
<#case "OBJECTION">
<#if s.stopped?has_content>
Nous avons cessé de traiter vos données à caractère personnel conformément à votre opposition (article 21 du RGPD) :
<#list s.stopped as i>
- ${i.category} (nombre d'enregistrements : ${i.rows}) : <#switch i.how><#case "DELETED">supprimées<#break><#case "ANONYMISED">les éléments d'identification ont été supprimés<#break><#default>ne sont plus utilisées ; elles sont uniquement conservées jusqu'à leur suppression</#switch>
</#list>
<#else>
Nous n'avons trouvé aucun traitement de vos données fondé sur notre intérêt légitime ou effectué à des fins de prospection ; il n'y avait donc rien à arrêter.
</#if>
<#if s.kept?has_content>
Nous continuons à traiter les données suivantes, car des motifs légitimes et impérieux prévalent sur vos intérêts (article 21, paragraphe 1, du RGPD) :
<@counted s.kept/>
<#if s.details??>${s.details}</#if>
</#if>
<#break>
<#case "CONSENT_WITHDRAWAL">
<#if s.stopped?has_content>
Nous avons enregistré le retrait de votre consentement et ne traitons plus vos données sur cette base :
<@counted s.stopped/>
Le retrait du consentement ne compromet pas la licéité du traitement effectué avant ce retrait (article 7, paragraphe 3, du RGPD).
<#else>
Nous n'avons trouvé aucun traitement de vos données fondé sur votre consentement.
</#if>
<#break>
<#case "ERASURE">
<#if s.stopped?has_content>
Nous avons effacé les données à caractère personnel suivantes vous concernant :
<#list s.stopped as i>
- ${i.category} (nombre d'enregistrements : ${i.rows}) : <#if i.how == "DELETED">supprimées<#else>les éléments d'identification ont été supprimés</#if>
</#list>
<#elseif !s.retained?has_content && !s.kept?has_content>
Nous n'avons trouvé aucune donnée à caractère personnel vous concernant à effacer.
</#if>
<#if s.retained?has_content>
La loi nous oblige à conserver les données suivantes ; nous les conservons uniquement à cette fin et les supprimerons à l'expiration du délai :
<#list s.retained as i>
- ${i.category} (nombre d'enregistrements : ${i.rows}) : ${i.legalGround}
</#list>
</#if>
<#if s.kept?has_content>
Nous conservons les données suivantes, car elles nous sont nécessaires à la constatation, à l'exercice ou à la défense de droits en justice (article 17, paragraphe 3, point e), du RGPD) :
<@counted s.kept/>
<#if s.details??>${s.details}</#if>
</#if>
<#break>
<#case "AUTOMATED_DECISION">
Un membre de notre personnel a réexaminé la décision. Vous pouvez à tout moment exprimer votre point de vue et contester la décision (article 22, paragraphe 3, du RGPD).
<#break>
<#case "QUESTION">
${explanation}
<#break>
</#switch>
<@byHand s/>
</#macro>

<#-- Les fichiers d'une réponse envoyée par courriel, aussi sous forme de liens de téléchargement ; seulement si la lettre les contient. -->
<#macro downloads>
<#if downloadLinks?has_content>

Télécharger vos données
Les fichiers sont joints à ce courriel. Vous pouvez également les télécharger au moyen des liens suivants jusqu'au ${downloadLinksValidUntil} inclus :
<#list downloadLinks as link>
- ${link.file} : ${link.url}
</#list>
Toute personne disposant de ces liens peut ouvrir les fichiers ; nous vous prions donc de ne pas les transférer. Après cette date, les liens ne fonctionneront plus ; si vous avez à nouveau besoin de vos données, il vous suffit de répondre à ce courriel.
</#if>
</#macro>

<#-- Chaque droit demandé, dans l'ordre de la demande : ce que nous avons fait, ou le fait que nous ne pouvons pas le faire et pourquoi. -->
<#macro outcomes>
<#list answer.sections as s>

${rightNames[s.right]?cap_first}
<#if s.fulfilled>
<@fulfilled s/>
<#else>
Nous ne pouvons pas donner suite à cette partie de votre demande, pour les raisons suivantes :
<@reasonsOf s/>
</#if>
</#list>
<@art19/>
<#if explanation?? && !answer.sections?filter(s -> s.right == "QUESTION" && s.fulfilled)?has_content>

${explanation}
</#if>
<@downloads/>
</#macro>

<#macro signature>
Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

<#if signedBy??>
${signedBy}
</#if>
L'équipe chargée de la protection des données, ${controller.companyName}
${controller.address}
Contact pour la protection des données : ${controller.dataProtectionContact}
<#if controller.dpoName??>
Délégué à la protection des données : ${controller.dpoName}
</#if>
Politique de confidentialité : ${controller.privacyPolicyUrl}

Nous vous remercions de bien vouloir mentionner le numéro de dossier ${caseNumber} dans toute correspondance.
</#macro>
