<#-- Shared wording of the English clauses. Each ${...} comes from the controller profile and must be filled. -->
<#macro contact>Data protection contact: ${controller.dataProtectionContact}<#if controller.dpoName??> (data protection officer: ${controller.dpoName})</#if>.</#macro>
<#macro rights>You have the right to access your data, to have it corrected or erased, to restrict its use, to data portability and to object, and you may complain to the supervisory authority, ${controller.supervisoryAuthority.name} (${controller.supervisoryAuthority.website}).</#macro>
<#macro policy>Full information in our privacy policy: ${controller.privacyPolicyUrl}</#macro>
