<#import "common.ftl" as c>
<#assign subject = "Wniosek nr ${caseNumber}: nasza odpowiedź (realizacja częściowa)">
<@c.greeting/>

Dziękujemy za wniosek z dnia ${receivedAt} r. Mogliśmy zrealizować go częściowo. Poniżej dla każdej części wniosku opisujemy, co zrobiliśmy, czego nie zrobiliśmy i dlaczego.
<@c.outcomes/>

<@c.remedies/>

<@c.signature/>
