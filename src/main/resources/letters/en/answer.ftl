<#import "common.ftl" as c>
<#assign subject = "Your request ${caseNumber}: our answer">
<@c.greeting/>

Thank you for your request of ${receivedAt}. We have dealt with it in full. Here is what we have done.
<@c.outcomes/>

If anything in this answer is unclear, or if you are not satisfied with it, simply <@c.replyTo/>. You also have the right to lodge a complaint with the supervisory authority, ${controller.supervisoryAuthority.name} (${controller.supervisoryAuthority.website}).

<@c.signature/>
