<#import "common.ftl" as c>
<#assign subject = "Your request ${caseNumber}: please help us confirm your identity">
<@c.greeting/>

Thank you for your request of ${receivedAt}. Before we can act on it, we need to be sure that you are the person the data relate to. This protects your data from being shown to or changed by someone else (Art. 12(6) GDPR).

Please send us the following:
${informationNeeded}

Please <@c.replyTo/> by ${informationDueBy}. We will use this information only to confirm your identity.

<#if deadlineSuspended>Until we receive it, the time limit for our answer is paused; it continues as soon as we have it.<#else>The time limit for our answer keeps running meanwhile: we will answer by ${deadline}.</#if> If we do not receive it, we may not be able to act on your request (Art. 11(2) and Art. 12(6) GDPR).

<@c.signature/>
