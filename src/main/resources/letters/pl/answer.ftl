<#import "common.ftl" as c>
<#assign subject = "Wniosek nr ${caseNumber}: nasza odpowiedź">
<@c.greeting/>

Dziękujemy za wniosek z dnia ${receivedAt} r. Zrealizowaliśmy go w całości. Poniżej opisujemy, co zrobiliśmy.
<@c.outcomes/>

Jeśli coś w tej odpowiedzi jest niejasne albo odpowiedź Pani/Pana nie satysfakcjonuje, wystarczy odpowiedzieć na tę wiadomość. Ma Pani/Pan również prawo wnieść skargę do organu nadzorczego: ${controller.supervisoryAuthority.name} (${controller.supervisoryAuthority.website}).

<@c.signature/>
