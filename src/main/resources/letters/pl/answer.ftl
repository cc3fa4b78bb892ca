<#import "common.ftl" as c>
<#assign subject = "Żądanie nr ${caseNumber}: nasza odpowiedź">
<@c.greeting/>

Dziękujemy za żądanie z dnia ${receivedAt} r. Zrealizowaliśmy je w całości. Poniżej opisujemy, co zrobiliśmy.
<@c.outcomes/>

Jeśli coś w tej odpowiedzi jest niejasne albo odpowiedź Pani/Pana nie satysfakcjonuje, wystarczy <@c.replyTo/>. Ma Pani/Pan również prawo wnieść skargę do organu nadzorczego: ${controller.supervisoryAuthority.name} (${controller.supervisoryAuthority.website}).

<@c.signature/>
