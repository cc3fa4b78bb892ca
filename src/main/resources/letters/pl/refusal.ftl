<#import "common.ftl" as c>
<#assign subject = "Wniosek nr ${caseNumber}: odmowa realizacji">
<@c.greeting/>

Dziękujemy za wniosek z dnia ${receivedAt} r. Starannie go przeanalizowaliśmy, ale nie możemy go zrealizować.
<@c.outcomes/>

<@c.remedies/>

<@c.signature/>
