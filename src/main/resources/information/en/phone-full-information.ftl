<#import "common.ftl" as c>
<#-- Spoken in full when the caller chooses it in the IVR menu (Art. 13(1) and (2)); one sentence a line. -->
You are listening to the full information on how ${controller.companyName} uses your personal data when you call us.
The controller is ${controller.companyName}, ${controller.address}.
<#if controller.dpoName??>You can reach our data protection officer, ${controller.dpoName}, at ${controller.dataProtectionContact}.<#else>For questions about data protection, write to ${controller.dataProtectionContact}.</#if>
We use what you tell us during the call, your phone number and the time of the call to handle your matter.
The legal basis is the performance of a contract or steps taken before one (Art. 6(1)(b) GDPR) and, for other matters, our legitimate interest in answering our customers (Art. 6(1)(f) GDPR).
If you ask about your personal data or exercise your rights concerning them, we handle that request because the GDPR obliges us to (<@c.requestBasis/>).
If your call drops after one of our agents has answered it, we may call you back once at the number you are calling from, only to finish that conversation (Art. 6(1)(f) GDPR).
<#if recordingBasis == "CONSENT">We record a call only if you agreed to it at the start of the call (Art. 6(1)(a) GDPR); you can withdraw your consent at any time.<#else>We record calls on the basis of our legitimate interest (Art. 6(1)(f) GDPR); you may object to this.</#if>
Our IT and telephony service providers process the data on our behalf and on our instructions.
We keep the call data for as long as we need it to handle your matter, and afterwards only as long as the law requires or as we need it to defend legal claims; our privacy policy gives each period.
We make no decisions about you based solely on automated processing.
You have the right to access your data, to have it corrected or erased, to restrict its use, to data portability and to object to processing based on our legitimate interest.
You may complain to a supervisory authority, in particular in the Member State where you live or work or where the alleged infringement took place; the authority responsible for us is ${controller.supervisoryAuthority.name}.
Giving us your data is voluntary, but without it we cannot handle your matter.
Our full privacy policy is at ${controller.privacyPolicyUrl}
