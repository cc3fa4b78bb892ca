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
  "IDENTITY_NOT_ESTABLISHED": "Wij konden niet vaststellen dat u de persoon bent op wie de gegevens betrekking hebben. Wij mogen persoonsgegevens pas tonen of wijzigen als wij daarvan zeker zijn, zodat niemand anders uw gegevens kan inzien of wijzigen (artikel 11 lid 2 en artikel 12 lid 6 AVG).",
  "MANIFESTLY_UNFOUNDED": "Het verzoek is kennelijk ongegrond: het gaat niet over een recht dat de privacywetgeving u geeft voor de persoonsgegevens die wij van u hebben (artikel 12 lid 5 AVG).",
  "EXCESSIVE": "Het verzoek is buitensporig, met name omdat het verzoeken herhaalt die wij kort geleden al hebben beantwoord (artikel 12 lid 5 AVG).",
  "LEGAL_RETENTION_DUTY": "De wet verplicht ons bepaalde gegevens een vaste periode te bewaren, bijvoorbeeld facturen voor de belastingdienst en de boekhouding. Wij bewaren die gegevens alleen voor dat doel en verwijderen ze zodra de termijn voorbij is (artikel 17 lid 3 onder b AVG).",
  "LEGAL_CLAIMS": "Wij hebben bepaalde gegevens nodig voor de instelling, uitoefening of onderbouwing van een rechtsvordering, bijvoorbeeld in een geschil dat nog loopt (artikel 17 lid 3 onder e AVG).",
  "RIGHTS_OF_OTHERS": "Een deel van de informatie zou persoonsgegevens van anderen onthullen of hun rechten op een andere manier schaden; daarom kunnen wij dat deel niet verstrekken (artikel 15 lid 4 AVG).",
  "NO_DATA_HELD": "Wij hebben al onze systemen doorzocht en verwerken geen persoonsgegevens van u (artikel 15 lid 1 AVG).",
  "COMPLEX_REQUEST": "Uw verzoek is ingewikkeld, en wij hebben meer tijd nodig om het volledig en juist te beantwoorden (artikel 12 lid 3 AVG).",
  "NUMBER_OF_REQUESTS": "Wij hebben ongewoon veel verzoeken ontvangen en hebben meer tijd nodig om uw verzoek zorgvuldig te behandelen (artikel 12 lid 3 AVG)."
}>

<#macro greeting>
Beste ${requesterName},
</#macro>

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
- U hebt het recht een klacht in te dienen bij de toezichthoudende autoriteit (artikel 77 AVG):
<@authority/>
- U hebt het recht om naar de rechter te stappen (een doeltreffende voorziening in rechte, artikel 79 AVG). U kunt een zaak beginnen bij de rechter van het land waar wij gevestigd zijn of van het land waar u woont.
U kunt ons ook eerst schrijven via ${controller.dataProtectionContact}; wij bekijken uw zaak dan opnieuw.
</#macro>

<#macro yourRights>
Uw rechten: u kunt ons vragen onjuiste gegevens te corrigeren (artikel 16 AVG), uw gegevens te verwijderen (artikel 17 AVG) en het gebruik ervan te beperken (artikel 18 AVG). U kunt bezwaar maken tegen gebruik van uw gegevens dat op ons gerechtvaardigd belang is gebaseerd of voor direct marketing is bedoeld (artikel 21 AVG). Als wij uw gegevens gebruiken op basis van uw toestemming, kunt u die op elk moment intrekken (artikel 7 lid 3 AVG). U hebt ook het recht een klacht in te dienen bij de toezichthoudende autoriteit: ${controller.supervisoryAuthority.name}, ${controller.supervisoryAuthority.address}, ${controller.supervisoryAuthority.website} (artikel 77 AVG).
</#macro>

<#macro dataValues>
<#list dataFound as item>
<#if item.rows gt 0>
${item.category} (aantal: ${item.rows})
<#list item.values as row>
  - <#list row as field, value>${field}: ${value}<#sep>; </#sep></#list>
</#list>
</#if>
</#list>
</#macro>

<#macro processing>
<#list processingInfo as a>
${a?counter}. Doel: ${a.purpose}
   Rechtsgrond: ${a.legalBasis}
   Soorten gegevens: ${a.dataCategories?join(", ")}
   Ontvangers: <#if a.recipients?has_content>${a.recipients?join(", ")}<#else>niemand buiten ons bedrijf</#if>
   Bewaartermijn: ${a.retention}
   Herkomst van de gegevens: ${a.source}
</#list>
</#macro>

<#macro art19Recipients>
<#if recipientsNotified?has_content>
Wij hebben iedereen aan wie wij de betreffende gegevens hadden verstrekt, hiervan op de hoogte gebracht (artikel 19 AVG):
<#list recipientsNotified as recipient>
- ${recipient}
</#list>
<#else>
Wij hadden de betreffende gegevens aan niemand verstrekt; er was dus niemand anders te informeren (artikel 19 AVG).
</#if>
</#macro>

<#-- Wat wij voor één gevraagd recht hebben gedaan (antwoord en gedeeltelijke weigering). -->
<#macro outcome right>
<#switch right>
<#case "ACCESS">
<#if dataFound?filter(i -> i.rows gt 0)?has_content>
Wij bevestigen dat wij persoonsgegevens van u verwerken. Dit zijn de gegevens die wij van u hebben (deze kopie is gratis, artikel 15 lid 3 AVG):

<@dataValues/>

Waarom en hoe wij ze gebruiken (artikel 15 lid 1 AVG):
<@processing/>

<@yourRights/>
<#else>
Wij hebben al onze systemen doorzocht en verwerken geen persoonsgegevens van u (artikel 15 lid 1 AVG).
</#if>
<#break>
<#case "RECTIFICATION">
<#if correctionsApplied?has_content>
Wij hebben de volgende gegevens gecorrigeerd: ${correctionsApplied?join(", ")}.
<#else>
Wij hebben geen gegevens gecorrigeerd (zie hieronder).
</#if>
<@art19Recipients/>
<#break>
<#case "ERASURE">
<#if erased?filter(i -> i.rows gt 0)?has_content>
Wij hebben de volgende persoonsgegevens van u verwijderd:
<#list erased?filter(i -> i.rows gt 0) as item>
- ${item.category} (aantal: ${item.rows})
</#list>
<#else>
Wij hebben geen gegevens verwijderd (zie hieronder).
</#if>
<@art19Recipients/>
<#break>
<#case "RESTRICTION">
Wij hebben het gebruik van uw persoonsgegevens beperkt: vanaf nu bewaren wij ze alleen nog. Op een andere manier gebruiken wij ze alleen met uw toestemming, voor een rechtsvordering, ter bescherming van de rechten van een ander of om gewichtige redenen van algemeen belang (artikel 18 lid 2 AVG). Voordat wij de beperking opheffen, laten wij u dat weten (artikel 18 lid 3 AVG).
<@art19Recipients/>
<#break>
<#case "PORTABILITY">
U vindt uw gegevens in de bijlage bij dit bericht, in een gestructureerde, gangbare en machineleesbare vorm. U mag ze doorgeven aan een ander bedrijf (artikel 20 AVG).
<#break>
<#case "OBJECTION">
Wij gebruiken uw persoonsgegevens niet meer voor de doelen waartegen u bezwaar hebt gemaakt (artikel 21 AVG).
<#break>
<#case "CONSENT_WITHDRAWAL">
Wij hebben de intrekking van uw toestemming vastgelegd en gebruiken uw gegevens niet meer op die basis. De intrekking heeft geen gevolgen voor wat wij eerder met uw toestemming hebben gedaan (artikel 7 lid 3 AVG).
<#break>
<#case "AUTOMATED_DECISION">
Een medewerker heeft het besluit opnieuw beoordeeld. U kunt ons op elk moment uw standpunt geven en het besluit aanvechten (artikel 22 lid 3 AVG).
<#break>
<#case "QUESTION">
${explanation}
<#break>
</#switch>
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

<#macro outcomes>
<#list rights as r>

${rightNames[r]?cap_first}
<@outcome r/>
</#list>
<#if explanation?? && !rights?seq_contains("QUESTION")>

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
