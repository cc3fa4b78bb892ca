<#if recordingBasis == "CONSENT">
We would like to record this call so that we can prove what was said and handle complaints.
${controller.companyName} records calls only with your consent (Art. 6(1)(a) GDPR).
If you agree to the recording, please press 1 or say "yes". Without your consent, the call will not be recorded.
You can withdraw your consent at any time; this does not affect the lawfulness of the recording made before (Art. 7(3) GDPR).
<#else>
This call is recorded by ${controller.companyName} so that we can prove what was said and handle complaints.
We record on the basis of our legitimate interest (Art. 6(1)(f) GDPR).
You may object to the recording (Art. 21 GDPR): say so now and the call continues without recording.
</#if>
Questions about data protection: ${controller.dataProtectionContact}. Full information in our privacy policy: ${controller.privacyPolicyUrl}
