<#import "common.ftl" as c>
<#assign subject = "Żądanie nr ${caseNumber}: gdzie może Pani/Pan się zwrócić">
<@c.greeting/>

Przykro nam, że nasze odpowiedzi nie rozwiały Pani/Pana wątpliwości dotyczących żądania z dnia ${receivedAt} r. Ponownie przeanalizowaliśmy sprawę i podtrzymujemy stanowisko, które przedstawiliśmy wcześniej.
<#if explanation??>

${explanation}
</#if>
<#if reasons?has_content>

Nasze powody
<@c.explainReasons/>
</#if>

Nie musi Pani/Pan przyjmować naszego stanowiska: może je Pani/Pan poddać niezależnej ocenie.

<@c.remedies/>

<@c.signature/>
