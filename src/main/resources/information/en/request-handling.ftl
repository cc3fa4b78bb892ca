<#import "common.ftl" as c>
<#-- The first layer on the request's own data, in every acknowledgement (Art. 12(1), 13); one sentence a line. -->
How we use the data of your request: ${controller.companyName}, ${controller.address}, is the controller of the personal data in your request and in our correspondence about it.
We use them only to handle your request and to be able to show how we handled it.
We do so because the GDPR obliges us to (<@c.requestBasis/>).
We keep them for ${retention} after your request is closed, and then delete them.
You have the right to access these data, to have them corrected and to have their use restricted; you may also ask for their erasure, which we carry out unless the law requires us to keep them.
You may complain to a supervisory authority, in particular in the Member State where you live or work; the authority responsible for us is ${controller.supervisoryAuthority.name} (${controller.supervisoryAuthority.website}).
<@c.contact/>
Full information on how we use personal data: ${fullPolicyUrl}
