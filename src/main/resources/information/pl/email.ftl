<#import "common.ftl" as c>
<#-- Stopka każdej wiadomości e-mail wysyłanej przez dział do osoby, której dane dotyczą: każda dotyczy żądania. -->
Administratorem danych osobowych jest ${controller.companyName}, ${controller.address}.
Dane przetwarzamy w celu rozpatrzenia żądania dotyczącego danych osobowych i prowadzenia korespondencji w tej sprawie, do czego zobowiązuje nas RODO (<@c.requestBasis/>).
<@c.rights/>
<@c.contact/>
Dane osobowe przetwarzane są na zasadach opisanych tutaj: ${controller.privacyPolicyUrl}
