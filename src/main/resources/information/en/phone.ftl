<#import "common.ftl" as c>
Good day, you are speaking with ${controller.companyName?remove_ending(".")}.
We use the details you give us during this call to handle your matter.
You can ask us for access to your data, for its correction or erasure, and you have further rights, including a complaint to ${controller.supervisoryAuthority.name}.
For questions about data protection, write to ${controller.dataProtectionContact}.
You will find the full information in our privacy policy at ${controller.privacyPolicyUrl}.
