<#import "common.ftl" as c>
<#assign subject = "Your request ${caseNumber}: where you can turn now">
<@c.greeting/>

We are sorry that our answers have not resolved your concerns about your request of ${receivedAt}. We have reviewed it once more, and our position remains as we have explained it to you.
<#if explanation??>

${explanation}
</#if>
<#if reasons?has_content>

Our reasons
<@c.explainReasons/>
</#if>

You do not have to accept our position: you can have it reviewed independently.

<@c.remedies/>

<@c.signature/>
