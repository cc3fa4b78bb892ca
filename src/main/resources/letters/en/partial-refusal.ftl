<#import "common.ftl" as c>
<#assign subject = "Your request ${caseNumber}: our answer (fulfilled in part)">
<@c.greeting/>

Thank you for your request of ${receivedAt}. We have been able to fulfil part of it. Below, for each part of your request, is what we have done, what we have not done and why.
<@c.outcomes/>

<@c.remedies/>

<@c.signature/>
