<#import "common.ftl" as c>
Hello, this is ${controller.companyName?remove_ending(".")}.
We use the details you give us during this call to handle your matter; if you are asking about your personal data or your rights, we handle that because the GDPR obliges us to.
You can ask us for access to your data, for its correction or erasure, and you have further rights, including a complaint to ${controller.supervisoryAuthority.name}.
For questions about data protection, write to ${controller.dataProtectionContact}.
You will find the full information in our privacy policy at ${controller.privacyPolicyUrl}.
