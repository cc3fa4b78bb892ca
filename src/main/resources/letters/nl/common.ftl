<#-- Gedeelde tekstblokken van de Nederlandse brieven. Elke ${...} moet gevuld zijn, anders wordt de brief niet verstuurd. -->
<#assign rightNames = {
  "ACCESS": "inzage in uw persoonsgegevens (artikel 15 AVG)",
  "RECTIFICATION": "correctie van uw persoonsgegevens (artikel 16 AVG)",
  "ERASURE": "verwijdering van uw persoonsgegevens (artikel 17 AVG)",
  "RESTRICTION": "beperking van de verwerking van uw persoonsgegevens (artikel 18 AVG)",
  "PORTABILITY": "overdracht van uw gegevens naar een ander bedrijf (artikel 20 AVG)",
  "OBJECTION": "bezwaar tegen het gebruik van uw persoonsgegevens (artikel 21 AVG)",
  "CONSENT_WITHDRAWAL": "intrekking van uw toestemming (artikel 7 lid 3 AVG)",
  "AUTOMATED_DECISION": "herbeoordeling van een volledig geautomatiseerd besluit (artikel 22 AVG)",
  "QUESTION": "uw vraag over hoe wij uw persoonsgegevens gebruiken"
}>
<#assign reasonTexts = {
  "IDENTITY_NOT_ESTABLISHED": "Wij konden niet vaststellen dat u de persoon bent op wie de gegevens betrekking hebben. Wij mogen persoonsgegevens pas verstrekken of wijzigen als wij daarvan zeker zijn, zodat niemand anders uw gegevens kan inzien of wijzigen (artikel 11 lid 2 en artikel 12 lid 6 AVG).",
  "MANIFESTLY_UNFOUNDED": "Het verzoek is kennelijk ongegrond: het gaat niet over een recht dat de privacywetgeving u geeft voor de persoonsgegevens die wij van u hebben (artikel 12 lid 5 AVG).",
  "EXCESSIVE": "Het verzoek is buitensporig, met name omdat het verzoeken herhaalt die wij kort geleden al hebben beantwoord (artikel 12 lid 5 AVG).",
  "LEGAL_RETENTION_DUTY": "De wet verplicht ons bepaalde gegevens een vaste periode te bewaren, bijvoorbeeld facturen voor de belastingdienst en de boekhouding. Wij bewaren die gegevens alleen voor dat doel en verwijderen ze zodra de termijn voorbij is (artikel 17 lid 3 onder b AVG).",
  "LEGAL_CLAIMS": "Wij hebben bepaalde gegevens nodig voor de instelling, uitoefening of onderbouwing van een rechtsvordering, bijvoorbeeld in een geschil dat nog loopt (artikel 17 lid 3 onder e AVG).",
  "RIGHTS_OF_OTHERS": "Een deel van de informatie zou persoonsgegevens van anderen onthullen of hun rechten op een andere manier schaden; daarom kunnen wij dat deel niet verstrekken (artikel 15 lid 4 AVG).",
  "NO_ERASURE_GROUND": "Geen van de gronden waarop de wet u het recht geeft uw gegevens te laten verwijderen, is van toepassing op de betreffende gegevens (artikel 17 lid 1 AVG). Zo'n grond bestaat bijvoorbeeld als wij de gegevens niet meer nodig hebben voor het doel waarvoor wij ze hebben verzameld, of als wij ze alleen op basis van uw toestemming gebruiken en u die hebt ingetrokken.",
  "COMPELLING_LEGITIMATE_GROUNDS": "Wij hebben dwingende gerechtvaardigde gronden om de betreffende gegevens te gebruiken, die zwaarder wegen dan uw belangen, rechten en vrijheden (artikel 21 lid 1 AVG).",
  "DATA_ACCURATE": "Wij hebben de gegevens gecontroleerd die u ons hebt gevraagd te corrigeren; ze zijn juist, dus er valt niets te corrigeren (artikel 16 AVG).",
  "RESTRICTION_CONDITIONS_NOT_MET": "Geen van de situaties waarin de wet u het recht geeft het gebruik van uw gegevens te laten beperken, doet zich voor (artikel 18 lid 1 AVG). Zo'n situatie bestaat bijvoorbeeld zolang wij controleren of gegevens die u betwist juist zijn, of dat onze gronden zwaarder wegen dan uw bezwaar.",
  "PORTABILITY_CONDITIONS_NOT_MET": "U kunt alleen gegevens meenemen naar een ander bedrijf die u ons zelf hebt verstrekt en die wij geautomatiseerd verwerken op basis van uw toestemming of een overeenkomst met u, en alleen voor zover dat de rechten en vrijheden van anderen niet schaadt (artikel 20 lid 1 en 4 AVG). Aan deze voorwaarden is hier niet voldaan.",
  "NATIONAL_RESTRICTION": "In uw geval beperkt een nationale wet dit recht, zoals de privacywetgeving toestaat (artikel 23 AVG).",
  "NO_DATA_HELD": "Wij hebben al onze systemen doorzocht en verwerken geen persoonsgegevens van u (artikel 15 lid 1 AVG).",
  "COMPLEX_REQUEST": "Uw verzoek is ingewikkeld, en wij hebben meer tijd nodig om het volledig en juist te beantwoorden (artikel 12 lid 3 AVG).",
  "NUMBER_OF_REQUESTS": "Wij hebben ongewoon veel verzoeken ontvangen en hebben meer tijd nodig om uw verzoek zorgvuldig te behandelen (artikel 12 lid 3 AVG)."
}>

<#macro greeting>
<#if requesterName??>Geachte ${requesterName},<#else>Geachte heer, mevrouw,</#if>
</#macro>

<#-- Een brief die per post gaat, kan niet vragen "deze e-mail te beantwoorden". -->
<#macro replyTo><#if byPost>Schrijf ons dan via ${controller.dataProtectionContact} of per post naar het adres hieronder<#else>Beantwoord dan gewoon deze e-mail</#if></#macro>

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

<#-- Artikel 12 lid 4: altijd als wij niet (alles) doen wat gevraagd is, en als de klant ontevreden blijft. -->
<#macro remedies>
Uw rechten als u het niet eens bent met ons antwoord (artikel 12 lid 4 AVG):
- U hebt het recht een klacht in te dienen bij een toezichthoudende autoriteit, met name in de EU-lidstaat waar u gewoonlijk verblijft of werkt of waar de vermeende inbreuk heeft plaatsgevonden (artikel 77 AVG). De voor ons bevoegde autoriteit is:
<@authority/>
- <#if controller.courtRemedy??>${controller.courtRemedy}<#else>U hebt het recht om naar de rechter te stappen (een doeltreffende voorziening in rechte, artikel 79 AVG). U kunt een zaak beginnen bij de rechter van de lidstaat waar wij gevestigd zijn of van de lidstaat waar u woont.</#if>
U kunt ons ook eerst schrijven via ${controller.dataProtectionContact}; wij bekijken uw zaak dan opnieuw.
</#macro>

<#macro yourRights>
Uw rechten: u kunt ons vragen onjuiste gegevens te corrigeren (artikel 16 AVG), uw gegevens te verwijderen (artikel 17 AVG) en het gebruik ervan te beperken (artikel 18 AVG). U kunt bezwaar maken tegen gebruik van uw gegevens dat op ons gerechtvaardigd belang is gebaseerd of voor direct marketing is bedoeld (artikel 21 AVG). Als wij uw gegevens gebruiken op basis van uw toestemming, kunt u die op elk moment intrekken (artikel 7 lid 3 AVG). U hebt ook het recht een klacht in te dienen bij de toezichthoudende autoriteit: ${controller.supervisoryAuthority.name}, ${controller.supervisoryAuthority.address}, ${controller.supervisoryAuthority.website} (artikel 77 AVG).
</#macro>

<#macro processing>
<#list answer.processingInfo as a>
${a?counter}. Doel: ${a.purpose}
   Rechtsgrond: ${a.legalBasis}
   Soorten gegevens: ${a.dataCategories?join(", ")}
   Ontvangers: <#if a.recipients?has_content>${a.recipients?join(", ")}<#else>niemand buiten ons bedrijf</#if>
   Bewaartermijn: ${a.retention}
   Herkomst van de gegevens: ${a.source}
   Doorgifte naar landen buiten de EER: <#if a.transfers?has_content>${a.transfers?join("; ")}<#else>geen</#if>
<#if a.automatedDecision??>
   Geautomatiseerde besluitvorming (artikel 22 AVG): ${a.automatedDecision.logic}. Belang: ${a.automatedDecision.significance}. Verwachte gevolgen: ${a.automatedDecision.consequences}.
</#if>
</#list>
<#if !answer.processingInfo?filter(a -> a.automatedDecision??)?has_content>
Geautomatiseerde besluitvorming, waaronder profilering (artikel 22 AVG): wij nemen geen besluiten over u die uitsluitend op geautomatiseerde verwerking, waaronder profilering, berusten.
</#if>
</#macro>

<#macro counted items><#list items as i>
- ${i.category} (aantal: ${i.rows})
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

<#-- Artikel 19: alleen de ontvangers die echt zijn geïnformeerd, met datum; alleen als gegevens zijn gecorrigeerd, verwijderd of beperkt. -->
<#macro art19>
<#if answer.art19>

Wie wij verder hebben geïnformeerd (artikel 19 AVG)
<#if answer.notified?has_content>
Wij hebben degenen aan wie wij de betreffende gegevens hadden verstrekt, op de hoogte gebracht van wat wij hebben gedaan, zodat zij hetzelfde doen:
<#list answer.notified as n>
- ${n.name}, op ${n.date}
</#list>
<#else>
Wij hadden de betreffende gegevens aan niemand verstrekt; er was dus niemand anders te informeren.
</#if>
</#if>
</#macro>

<#macro byHand s>
<#if s.byHand?has_content>
Wij hebben dit ook gedaan in administraties die wij buiten onze systemen bijhouden:
<#list s.byHand as h>
- ${h.source} (op ${h.date})
</#list>
</#if>
</#macro>

<#-- Wat wij voor één gevraagd recht hebben gedaan, volgens het uitvoeringslogboek. -->
<#macro fulfilled s>
<#switch s.right>
<#case "ACCESS">
<#if s.copied?has_content || s.foundByHand?has_content>
Wij bevestigen dat wij persoonsgegevens van u verwerken. Dit zijn de gegevens die wij van u hadden toen wij uw verzoek ontvingen (deze kopie is gratis, artikel 15 lid 3 AVG):
<#list s.copied as item>

${item.category} (aantal: ${item.rows})
<#list item.values as row>
  - <#list row as field, value>${field}: ${value}<#sep>; </#sep></#list>
</#list>
</#list>
<#if s.foundByHand?has_content>

Wij hebben ook plaatsen doorzocht die onze systemen niet bereiken. Dit zijn uw gegevens zoals wij ze daar hebben aangetroffen:
<#list s.foundByHand as f>

${f.source}:
${f.data}
</#list>
</#if>

Waarom en hoe wij ze gebruiken (artikel 15 lid 1 AVG):
<@processing/>

<@yourRights/>
<#else>
Afgezien van de gegevens van dit verzoek verwerken wij geen persoonsgegevens van u (artikel 15 lid 1 AVG).
</#if>
<#if s.withheld?has_content>
De volgende gegevens hebben wij niet in de kopie opgenomen: ${s.withheld?join(", ")}. ${reasonTexts["RIGHTS_OF_OTHERS"]}
<#if s.details??>${s.details}</#if>
</#if>
<#break>
<#case "PORTABILITY">
<#if s.exported?has_content>
De gegevens die u ons hebt verstrekt, vindt u in de bijlage, in een gestructureerde, gangbare en machineleesbare vorm, zodat u ze kunt doorgeven aan een ander bedrijf (artikel 20 AVG): ${s.exported?join(", ")}.
<#else>
Wij hebben geen gegevens die u ons hebt verstrekt en die wij verwerken op basis van uw toestemming of een overeenkomst met u; er is dus niets over te dragen (artikel 20 lid 1 AVG).
</#if>
<#if s.withheld?has_content>
De volgende gegevens hebben wij niet in het bestand opgenomen: ${s.withheld?join(", ")}. ${reasonTexts["RIGHTS_OF_OTHERS"]}
<#if s.details??>${s.details}</#if>
</#if>
<#break>
<#case "RECTIFICATION">
<#if s.corrected?has_content>
Wij hebben de volgende gegevens gecorrigeerd: ${s.corrected?join(", ")}.
<#elseif s.superseded>
Omdat u ons ook hebt gevraagd uw gegevens te verwijderen, hebben wij ze verwijderd in plaats van ze te corrigeren (zie hieronder).
<#else>
Uw gegevens stonden al vermeld zoals u vroeg; er hoefde dus niets te worden gewijzigd.
</#if>
<#break>
<#case "RESTRICTION">
<#if s.restricted?has_content>
Wij hebben het gebruik van uw persoonsgegevens beperkt in:
<@counted s.restricted/>
Vanaf nu bewaren wij deze gegevens alleen nog. Op een andere manier gebruiken wij ze alleen met uw toestemming, voor een rechtsvordering, ter bescherming van de rechten van een ander of om gewichtige redenen van algemeen belang (artikel 18 lid 2 AVG). Voordat wij de beperking opheffen, laten wij u dat weten (artikel 18 lid 3 AVG).
<#else>
Wij hebben geen persoonsgegevens van u gevonden waarvan wij het gebruik konden beperken.
</#if>
<#break>
<#case "OBJECTION">
<#if s.stopped?has_content>
Voor zover u bezwaar hebt gemaakt, zijn wij gestopt met het gebruik van uw persoonsgegevens (artikel 21 AVG):
<#list s.stopped as i>
- ${i.category} (aantal: ${i.rows}): <#switch i.how><#case "DELETED">verwijderd<#break><#case "ANONYMISED">de persoonlijke gegevens verwijderd<#break><#default>niet meer gebruikt; alleen nog bewaard totdat ze worden verwijderd</#switch>
</#list>
<#else>
Wij hebben geen gebruik van uw gegevens gevonden dat op ons gerechtvaardigd belang is gebaseerd of voor direct marketing is bedoeld; er hoefde dus niets te worden stopgezet.
</#if>
<#if s.kept?has_content>
De volgende gegevens blijven wij gebruiken, omdat dwingende gerechtvaardigde gronden daarvoor zwaarder wegen dan uw belangen (artikel 21 lid 1 AVG):
<@counted s.kept/>
<#if s.details??>${s.details}</#if>
</#if>
<#break>
<#case "CONSENT_WITHDRAWAL">
<#if s.stopped?has_content>
Wij hebben de intrekking van uw toestemming vastgelegd en gebruiken uw gegevens niet meer op die basis:
<@counted s.stopped/>
De intrekking heeft geen gevolgen voor wat wij eerder met uw toestemming hebben gedaan (artikel 7 lid 3 AVG).
<#else>
Wij hebben geen gebruik van uw gegevens op basis van uw toestemming gevonden.
</#if>
<#break>
<#case "ERASURE">
<#if s.stopped?has_content>
Wij hebben de volgende persoonsgegevens van u verwijderd:
<#list s.stopped as i>
- ${i.category} (aantal: ${i.rows}): <#if i.how == "DELETED">verwijderd<#else>de persoonlijke gegevens verwijderd</#if>
</#list>
<#elseif !s.retained?has_content && !s.kept?has_content>
Wij hebben geen persoonsgegevens van u gevonden om te verwijderen.
</#if>
<#if s.retained?has_content>
De wet verplicht ons de volgende gegevens te bewaren; wij bewaren ze alleen voor dat doel en verwijderen ze zodra de termijn voorbij is:
<#list s.retained as i>
- ${i.category} (aantal: ${i.rows}): ${i.legalGround}
</#list>
</#if>
<#if s.kept?has_content>
De volgende gegevens bewaren wij, omdat wij ze nodig hebben voor de instelling, uitoefening of onderbouwing van een rechtsvordering (artikel 17 lid 3 onder e AVG):
<@counted s.kept/>
<#if s.details??>${s.details}</#if>
</#if>
<#break>
<#case "AUTOMATED_DECISION">
Een medewerker heeft het besluit opnieuw beoordeeld. U kunt ons op elk moment uw standpunt geven en het besluit aanvechten (artikel 22 lid 3 AVG).
<#break>
<#case "QUESTION">
${explanation}
<#break>
</#switch>
<@byHand s/>
</#macro>

<#-- De bestanden van een per e-mail verstuurd antwoord, ook als downloadlinks; alleen als de brief ze bevat. -->
<#macro downloads>
<#if downloadLinks?has_content>

Uw gegevens downloaden
De bestanden zijn als bijlage bij deze e-mail gevoegd. U kunt ze ook tot en met ${downloadLinksValidUntil} downloaden via deze links:
<#list downloadLinks as link>
- ${link.file}: ${link.url}
</#list>
Iedereen die deze links heeft, kan de bestanden openen; stuur ze daarom niet door. Na die datum werken de links niet meer; beantwoord deze e-mail als u uw gegevens opnieuw nodig hebt.
</#if>
</#macro>

<#-- Elk gevraagd recht in de volgorde van het verzoek: wat wij hebben gedaan, of dat wij het niet kunnen doen en waarom. -->
<#macro outcomes>
<#list answer.sections as s>

${rightNames[s.right]?cap_first}
<#if s.fulfilled>
<@fulfilled s/>
<#else>
Dit deel van uw verzoek kunnen wij niet inwilligen. Waarom:
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
Met vriendelijke groet,

<#if signedBy??>
${signedBy}
</#if>
Privacyteam, ${controller.companyName}
${controller.address}
Contact voor privacyvragen: ${controller.dataProtectionContact}
<#if controller.dpoName??>
Functionaris voor gegevensbescherming: ${controller.dpoName}
</#if>
Privacyverklaring: ${controller.privacyPolicyUrl}

Vermeld bij elk antwoord uw zaaknummer ${caseNumber}.
</#macro>
