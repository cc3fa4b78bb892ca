<#-- Shared wording of the English clauses. Each ${...} comes from the controller profile and must be filled. -->
<#macro contact>Data protection contact: ${controller.dataProtectionContact}<#if controller.dpoName??> (data protection officer: ${controller.dpoName})</#if>.</#macro>
<#-- Portability and objection exist only for some bases (Art. 20(1), 21(1)): "where the GDPR provides for it". -->
<#macro rights>You have the right to access your data, to have it corrected or erased and to restrict its use, and, where the GDPR provides for it, to data portability and to object; you may also complain to the supervisory authority, ${controller.supervisoryAuthority.name} (${controller.supervisoryAuthority.website}).</#macro>
<#macro policy>Full information in our privacy policy: ${controller.privacyPolicyUrl}</#macro>
<#-- The one basis of handling a data-subject request, on every channel (issue 18). -->
<#macro requestBasis>Art. 6(1)(c) GDPR in conjunction with Art. 12–22 GDPR</#macro>
