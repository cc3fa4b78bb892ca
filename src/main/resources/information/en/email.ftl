<#import "common.ftl" as c>
${controller.companyName}, ${controller.address}, processes your personal data as the controller to handle our correspondence with you (Art. 6(1)(f) GDPR), as described here: ${controller.privacyPolicyUrl}
<@c.rights/>
<@c.contact/>
