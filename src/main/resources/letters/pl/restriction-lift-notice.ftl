<#import "common.ftl" as c>
<#assign subject = "Żądanie nr ${caseNumber}: uchylamy ograniczenie przetwarzania danych">
<@c.greeting/>

Na Pani/Pana żądanie z dnia ${receivedAt} r. ograniczyliśmy przetwarzanie Pani/Pana danych osobowych (art. 18 RODO). Zgodnie z prawem informujemy Panią/Pana o tym przed uchyleniem tego ograniczenia (art. 18 ust. 3 RODO). Od teraz ponownie będziemy przetwarzać Pani/Pana dane w celach, które opisaliśmy w naszej odpowiedzi.
<#if reasonDetails??>

Uzasadnienie: ${reasonDetails}
</#if>

Jeżeli nie zgadza się Pani/Pan z tym, wystarczy <@c.replyTo/>. Przysługuje Pani/Panu również prawo wniesienia skargi do organu nadzorczego: ${controller.supervisoryAuthority.name} (${controller.supervisoryAuthority.website}).

<@c.signature/>
