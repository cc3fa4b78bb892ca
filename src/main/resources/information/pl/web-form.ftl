<#import "common.ftl" as c>
Administratorem danych osobowych podanych w formularzu jest ${controller.companyName}, ${controller.address}.
Dane będą przetwarzane w celu rozpatrzenia żądania dotyczącego danych osobowych i udzielenia odpowiedzi, do czego zobowiązuje nas RODO (<@c.requestBasis/>).
<@c.rights/>
<@c.contact/>
<@c.policy/>
