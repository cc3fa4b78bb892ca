<#-- Formulations communes des mentions en français. Chaque ${...} provient du profil du responsable du traitement. -->
<#macro contact>Contact pour la protection des données : ${controller.dataProtectionContact}<#if controller.dpoName??> (délégué à la protection des données : ${controller.dpoName})</#if>.</#macro>
<#-- La portabilité et l'opposition n'existent que pour certaines bases juridiques (articles 20, paragraphe 1, et 21, paragraphe 1). -->
<#macro rights>Vous avez le droit d'accéder à vos données, de les faire rectifier ou effacer et d'en faire limiter le traitement, ainsi que, dans les cas prévus par le RGPD, le droit à leur portabilité et le droit de vous opposer à leur traitement ; vous pouvez également introduire une réclamation auprès de l'autorité de contrôle, ${controller.supervisoryAuthority.name} (${controller.supervisoryAuthority.website}).</#macro>
<#macro policy>Toutes les informations figurent dans notre politique de confidentialité : ${controller.privacyPolicyUrl}</#macro>
<#-- La base juridique unique du traitement des demandes des personnes concernées, quel que soit le canal (ticket 18). -->
<#macro requestBasis>article 6, paragraphe 1, point c), du RGPD, lu en combinaison avec les articles 12 à 22 du RGPD</#macro>
