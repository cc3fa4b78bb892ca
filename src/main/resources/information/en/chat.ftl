<#import "common.ftl" as c>
Hello, thank you for contacting us; we will answer your question as soon as we can.
First, some brief information: ${controller.companyName}, ${controller.address}, is the controller of the personal data you give in this chat.
We use them to handle your enquiry.
If you ask about your personal data or exercise your rights concerning them, we handle your request because the GDPR obliges us to (<@c.requestBasis/>); we handle any other enquiry on the basis of our legitimate interest in answering our customers (Art. 6(1)(f) GDPR).
<@c.rights/>
<@c.contact/>
<@c.policy/>
