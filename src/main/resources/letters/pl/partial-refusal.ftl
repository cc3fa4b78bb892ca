<#import "common.ftl" as c>
<#assign subject = "Wniosek nr ${caseNumber}: nasza odpowiedź (realizacja częściowa)">
<@c.greeting/>

Dziękujemy za wniosek z dnia ${receivedAt} r. Mogliśmy zrealizować go częściowo. Poniżej opisujemy, co zrobiliśmy.
<@c.outcomes/>

Czego nie możemy zrobić (zakres odmowy)
<#if retained?has_content>
Musimy zachować następujące dane:
<#list retained as item>
- ${item.category}: ${item.legalGround}
</#list>
</#if>
<#if withheld?has_content>
Następujących danych nie ujęliśmy w przekazanej Ci kopii:
<#list withheld as category>
- ${category}
</#list>
</#if>
<#if refusedScope??>
${refusedScope}
</#if>

Powody
<@c.explainReasons/>

<@c.remedies/>

<@c.signature/>
