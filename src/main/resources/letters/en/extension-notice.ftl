<#import "common.ftl" as c>
<#assign subject = "Your request ${caseNumber}: we need more time">
<@c.greeting/>

We received your request on ${receivedAt} and would normally answer by ${deadline}. Unfortunately we need more time: we will answer you by ${extendedDeadline} at the latest (Art. 12(3) GDPR).

Why we need more time
<@c.explainReasons/>

We are sorry for the delay. If you have questions in the meantime, simply <@c.replyTo/>.

<@c.signature/>
