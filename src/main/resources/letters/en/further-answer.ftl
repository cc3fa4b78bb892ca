<#import "common.ftl" as c>
<#assign subject = "Your request ${caseNumber}: our further answer">
<@c.greeting/>

Thank you for letting us know that you are not satisfied with our answer. A colleague who specialises in data protection has looked at your request of ${receivedAt} again.
<@c.outcomes/>

<@c.remedies/>

<@c.signature/>
