<#import "common.ftl" as c>
<#assign subject = "Potwierdzenie otrzymania żądania nr ${caseNumber}">
<@c.greeting/>

<#if rights?has_content>
Dziękujemy za żądanie. Otrzymaliśmy je ${receivedAt} r. i zarejestrowaliśmy pod numerem ${caseNumber}. Przedmiot żądania:
<@c.rightList/>
<#else>
Dziękujemy za żądanie. Otrzymaliśmy je ${receivedAt} r. i zarejestrowaliśmy pod numerem ${caseNumber}. Czytamy teraz Pani/Pana wiadomość, aby ustalić, których praw dotyczy; nasza odpowiedź obejmie wszystko, o co Pani/Pan prosi.
</#if>

Co będzie dalej:
1. Sprawdzimy, czy jest Pani/Pan osobą, której dotyczą dane – tak, aby nikt inny nie mógł zobaczyć ani zmienić Pani/Pana danych. Jeśli będziemy potrzebować do tego dodatkowych informacji, poprosimy o nie.
2. Przeszukamy wszystkie nasze systemy pod kątem Pani/Pana danych osobowych.
3. Odpowiemy najpóźniej do ${deadline} r. (miesiąc od otrzymania żądania, art. 12 ust. 3 RODO). Jeśli żądanie okaże się skomplikowane lub otrzymamy bardzo wiele żądań, możemy potrzebować do dwóch miesięcy więcej. Wtedy poinformujemy Panią/Pana o tym przed ${deadline} r. i wyjaśnimy powody.

Nie musi Pani/Pan teraz nic robić. Jeśli chce Pani/Pan coś dodać do żądania, wystarczy <@c.replyTo/>.

<@c.signature/>
