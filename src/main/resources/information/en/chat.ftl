<#import "common.ftl" as c>
Hello, thank you for contacting us; we will answer your question as soon as we can.
First, some brief information: ${controller.companyName}, ${controller.address}, is the controller of the personal data you give in this chat.
We use them to handle your enquiry, which is our legitimate interest (Art. 6(1)(f) GDPR).
<@c.rights/>
<@c.contact/>
<@c.policy/>
