<#import "common.ftl" as c>
<#assign subject = "Wniosek nr ${caseNumber}: potrzebujemy więcej czasu">
<@c.greeting/>

Otrzymaliśmy Pani/Pana wniosek ${receivedAt} r. i zwykle odpowiedzielibyśmy do ${deadline} r. Niestety potrzebujemy więcej czasu: odpowiemy najpóźniej do ${extendedDeadline} r. (art. 12 ust. 3 RODO).

Dlaczego potrzebujemy więcej czasu
<@c.explainReasons/>

Przepraszamy za opóźnienie. Jeśli w międzyczasie ma Pani/Pan pytania, wystarczy odpowiedzieć na tę wiadomość.

<@c.signature/>
