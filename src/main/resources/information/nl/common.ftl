<#-- Gedeelde formuleringen van de Nederlandse teksten. Elke ${...} komt uit het profiel van de verwerkingsverantwoordelijke. -->
<#macro contact>Contact voor gegevensbescherming: ${controller.dataProtectionContact}<#if controller.dpoName??> (functionaris voor gegevensbescherming: ${controller.dpoName})</#if>.</#macro>
<#-- Overdraagbaarheid en bezwaar bestaan alleen bij bepaalde grondslagen (art. 20 lid 1, art. 21 lid 1). -->
<#macro rights>U hebt recht op inzage, rectificatie en wissing van uw gegevens en op beperking van de verwerking, en, waar de AVG daarin voorziet, ook op overdraagbaarheid van uw gegevens en het recht van bezwaar; u kunt een klacht indienen bij de toezichthoudende autoriteit, ${controller.supervisoryAuthority.name} (${controller.supervisoryAuthority.website}).</#macro>
<#macro policy>Alle informatie vindt u in onze privacyverklaring: ${controller.privacyPolicyUrl}</#macro>
<#-- De ene rechtsgrond voor het afhandelen van verzoeken van betrokkenen, via elk kanaal (issue 18). -->
<#macro requestBasis>art. 6 lid 1 onder c AVG in samenhang met art. 12–22 AVG</#macro>
