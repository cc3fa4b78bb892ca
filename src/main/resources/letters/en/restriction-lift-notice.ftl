<#import "common.ftl" as c>
<#assign subject = "Your request ${caseNumber}: we are lifting the restriction of your data">
<@c.greeting/>

At your request of ${receivedAt} we restricted the use of your personal data (Art. 18 GDPR). We are letting you know before we lift this restriction, as the law requires (Art. 18(3) GDPR). From now on we will again use your data for the purposes explained to you in our answer.
<#if reasonDetails??>

Why: ${reasonDetails}
</#if>

If you disagree, simply <@c.replyTo/>. You also have the right to lodge a complaint with the supervisory authority, ${controller.supervisoryAuthority.name} (${controller.supervisoryAuthority.website}).

<@c.signature/>
