<#import "common.ftl" as c>
<#-- The footer of every e-mail the desk sends to a requester: each one concerns a request about personal data. -->
${controller.companyName}, ${controller.address}, processes your personal data as the controller to handle your request about your personal data and our correspondence about it, as the GDPR obliges us to (<@c.requestBasis/>).
<@c.rights/>
<@c.contact/>
Your personal data are processed as described here: ${controller.privacyPolicyUrl}
