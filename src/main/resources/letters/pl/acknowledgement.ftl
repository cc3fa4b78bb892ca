<#import "common.ftl" as c>
<#assign subject = "Potwierdzenie otrzymania wniosku nr ${caseNumber}">
<@c.greeting/>

<#if rights?has_content>
Dziękujemy za wniosek. Otrzymaliśmy go ${receivedAt} r. i zarejestrowaliśmy pod numerem ${caseNumber}. Przedmiot wniosku:
<@c.rightList/>
<#else>
Dziękujemy za wniosek. Otrzymaliśmy go ${receivedAt} r. i zarejestrowaliśmy pod numerem ${caseNumber}. Czytamy teraz Państwa wiadomość, aby ustalić, których praw dotyczy; nasza odpowiedź obejmie wszystko, o co Państwo prosili.
</#if>

Co będzie dalej:
1. Sprawdzimy, czy jest Pani/Pan osobą, której dotyczą dane – tak, aby nikt inny nie mógł zobaczyć ani zmienić Pani/Pana danych. Jeśli będziemy potrzebować do tego dodatkowych informacji, poprosimy o nie.
2. Przeszukamy wszystkie nasze systemy pod kątem Pani/Pana danych osobowych.
3. Odpowiemy najpóźniej do ${deadline} r. (miesiąc od otrzymania wniosku, art. 12 ust. 3 RODO). Jeśli wniosek okaże się złożony lub otrzymamy bardzo wiele wniosków, możemy potrzebować do dwóch miesięcy więcej. Wtedy poinformujemy Panią/Pana o tym przed ${deadline} r. i wyjaśnimy powody.

Nie musi Pani/Pan teraz nic robić. Jeśli chce Pani/Pan coś dodać do wniosku, wystarczy odpowiedzieć na tę wiadomość.

<#-- The first layer on the request's own data (information/pl/request-handling.ftl), shared with every language's acknowledgement. -->
${requestHandling}

<@c.signature/>
