<#import "common.ftl" as c>
<#assign subject = "Your request ${caseNumber}: we cannot fulfil it">
<@c.greeting/>

Thank you for your request of ${receivedAt}. We have examined it carefully, but we cannot fulfil it.
<@c.outcomes/>

<@c.remedies/>

<@c.signature/>
