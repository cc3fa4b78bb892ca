<#import "common.ftl" as c>
<#assign subject = "Żądanie nr ${caseNumber}: prosimy o potwierdzenie tożsamości">
<@c.greeting/>

Dziękujemy za żądanie z dnia ${receivedAt} r. Zanim je zrealizujemy, musimy mieć pewność, że jest Pani/Pan osobą, której dotyczą dane. Dzięki temu Pani/Pana dane nie trafią do nikogo innego i nikt inny ich nie zmieni (art. 12 ust. 6 RODO).

Prosimy o przesłanie następujących informacji:
${informationNeeded}

Prosimy <@c.replyTo/> do ${informationDueBy} r. Wykorzystamy te informacje wyłącznie do potwierdzenia Pani/Pana tożsamości.

<#if deadlineSuspended>Do czasu ich otrzymania bieg terminu na naszą odpowiedź jest wstrzymany; termin biegnie dalej, gdy tylko je otrzymamy.<#else>Termin na naszą odpowiedź biegnie w tym czasie dalej: odpowiemy do ${deadline} r.</#if> Jeśli ich nie otrzymamy, możemy nie być w stanie zrealizować żądania (art. 11 ust. 2 i art. 12 ust. 6 RODO).

<@c.signature/>
