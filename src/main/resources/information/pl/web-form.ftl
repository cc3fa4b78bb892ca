<#import "common.ftl" as c>
Administratorem danych osobowych podanych w formularzu jest ${controller.companyName}, ${controller.address}.
Dane będą przetwarzane w celu obsługi Twojego żądania dotyczącego danych osobowych i udzielenia Ci odpowiedzi, do czego zobowiązuje nas RODO (art. 6 ust. 1 lit. c w związku z art. 12–22 RODO).
<@c.rights/>
<@c.contact/>
<@c.policy/>
