<#import "common.ftl" as c>
${controller.companyName}, ${controller.address}, is the controller of the personal data you enter in this form.
We use them to handle your request about your personal data and to answer you, as the GDPR obliges us to (<@c.requestBasis/>).
<@c.rights/>
<@c.contact/>
<@c.policy/>
