<#import "common.ftl" as c>
<#assign subject = "Żądanie nr ${caseNumber}: nasza dalsza odpowiedź">
<@c.greeting/>

Dziękujemy za informację, że nasza odpowiedź Pani/Pana nie satysfakcjonuje. Osoba z naszego zespołu specjalizująca się w ochronie danych osobowych ponownie przeanalizowała Pani/Pana żądanie z dnia ${receivedAt} r.
<@c.outcomes/>

<@c.remedies/>

<@c.signature/>
