<#-- Gedeelde formuleringen van de Nederlandse teksten. Elke ${...} komt uit het profiel van de verwerkingsverantwoordelijke. -->
<#macro contact>Contact voor gegevensbescherming: ${controller.dataProtectionContact}<#if controller.dpoName??> (functionaris voor gegevensbescherming: ${controller.dpoName})</#if>.</#macro>
<#macro rights>U hebt het recht op inzage, rectificatie en wissing van uw gegevens, op beperking van de verwerking, op overdraagbaarheid van uw gegevens en op bezwaar, en u kunt een klacht indienen bij de toezichthoudende autoriteit, ${controller.supervisoryAuthority.name} (${controller.supervisoryAuthority.website}).</#macro>
<#macro policy>Alle informatie vindt u in onze privacyverklaring: ${controller.privacyPolicyUrl}</#macro>
