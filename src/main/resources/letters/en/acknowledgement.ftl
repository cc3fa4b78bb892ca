<#import "common.ftl" as c>
<#assign subject = "Your request ${caseNumber} has been received">
<@c.greeting/>

<#if rights?has_content>
We received your request on ${receivedAt} and registered it under case number ${caseNumber}. You asked for:
<@c.rightList/>
<#else>
We received your request on ${receivedAt} and registered it under case number ${caseNumber}. We are reading your message to see which of your rights it concerns; the answer will cover everything you asked.
</#if>

What happens next:
1. We check that you are the person the data relate to, so that nobody else can see or change your data. If we need more information for this, we will ask you.
2. We search all our systems for personal data about you.
3. We will answer you by ${deadline} at the latest (one month after we received your request, Art. 12(3) GDPR). If your request is complex or we receive very many requests, we may need up to two more months. In that case we will tell you before ${deadline} and explain why.

You do not need to do anything now. If you want to add something to your request, simply <@c.replyTo/>.

<@c.signature/>
