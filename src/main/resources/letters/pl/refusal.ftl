<#import "common.ftl" as c>
<#assign subject = "Wniosek nr ${caseNumber}: odmowa realizacji">
<@c.greeting/>

Dziękujemy za wniosek z dnia ${receivedAt} r. Starannie go przeanalizowaliśmy, ale nie możemy go zrealizować.

Zakres odmowy
Odmowa obejmuje cały wniosek. Przedmiot wniosku:
<@c.rightList/>
<#if refusedScope??>
${refusedScope}
</#if>

Powody odmowy
<@c.explainReasons/>

<@c.remedies/>

<@c.signature/>
