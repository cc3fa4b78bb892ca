<#import "common.ftl" as c>
<#assign subject = "Żądanie nr ${caseNumber}: nasza odpowiedź (realizacja częściowa)">
<@c.greeting/>

Dziękujemy za żądanie z dnia ${receivedAt} r. Mogliśmy zrealizować je częściowo. Poniżej dla każdej części żądania opisujemy, co zrobiliśmy, czego nie zrobiliśmy i dlaczego.
<@c.outcomes/>

<@c.remedies/>

<@c.signature/>
