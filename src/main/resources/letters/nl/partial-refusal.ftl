<#import "common.ftl" as c>
<#assign subject = "Uw verzoek ${caseNumber}: ons antwoord (gedeeltelijk ingewilligd)">
<@c.greeting/>

Bedankt voor uw verzoek van ${receivedAt}. Wij konden een deel ervan inwilligen. Hieronder leest u wat wij hebben gedaan.
<@c.outcomes/>

Wat wij niet kunnen doen
<#if retained?has_content>
De volgende gegevens moeten wij bewaren:
<#list retained as item>
- ${item.category}: ${item.legalGround}
</#list>
</#if>
<#if withheld?has_content>
De volgende gegevens hebben wij niet opgenomen in de kopie die u ontvangt:
<#list withheld as category>
- ${category}
</#list>
</#if>
<#if refusedScope??>
${refusedScope}
</#if>

Waarom
<@c.explainReasons/>

<@c.remedies/>

<@c.signature/>
