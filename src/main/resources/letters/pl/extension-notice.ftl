<#import "common.ftl" as c>
<#assign subject = "Żądanie nr ${caseNumber}: potrzebujemy więcej czasu">
<@c.greeting/>

Otrzymaliśmy Pani/Pana żądanie ${receivedAt} r. i zwykle odpowiedzielibyśmy do ${deadline} r. Niestety potrzebujemy więcej czasu: odpowiemy najpóźniej do ${extendedDeadline} r. (art. 12 ust. 3 RODO).

Dlaczego potrzebujemy więcej czasu
<@c.explainReasons/>

Przepraszamy za opóźnienie. Jeśli w międzyczasie ma Pani/Pan pytania, wystarczy <@c.replyTo/>.

<@c.signature/>
