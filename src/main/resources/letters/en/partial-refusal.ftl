<#import "common.ftl" as c>
<#assign subject = "Your request ${caseNumber}: our answer (fulfilled in part)">
<@c.greeting/>

Thank you for your request of ${receivedAt}. We have been able to fulfil part of it. Here is what we have done.
<@c.outcomes/>

What we cannot do
<#if retained?has_content>
We must keep the following data:
<#list retained as item>
- ${item.category}: ${item.legalGround}
</#list>
</#if>
<#if withheld?has_content>
We have left the following data out of the copy we give you:
<#list withheld as category>
- ${category}
</#list>
</#if>
<#if refusedScope??>
${refusedScope}
</#if>

Why
<@c.explainReasons/>

<@c.remedies/>

<@c.signature/>
