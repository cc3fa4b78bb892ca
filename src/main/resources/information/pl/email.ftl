<#import "common.ftl" as c>
Administratorem Twoich danych osobowych jest ${controller.companyName}, ${controller.address}.
Dane przetwarzamy w celu prowadzenia z Tobą korespondencji (art. 6 ust. 1 lit. f RODO).
<@c.rights/>
<@c.contact/>
Dane osobowe przetwarzane są na zasadach opisanych tutaj: ${controller.privacyPolicyUrl}
