<#import "common.ftl" as c>
<#assign subject = "Żądanie nr ${caseNumber}: odmowa realizacji">
<@c.greeting/>

Dziękujemy za żądanie z dnia ${receivedAt} r. Starannie je przeanalizowaliśmy, ale nie możemy go zrealizować.
<@c.outcomes/>

<@c.remedies/>

<@c.signature/>
