<#import "common.ftl" as c>
${controller.companyName}, ${controller.address}, processes your personal data as the controller to handle our correspondence with you (Art. 6(1)(f) GDPR).
<@c.rights/>
<@c.contact/>
Your personal data are processed as described here: ${controller.privacyPolicyUrl}
