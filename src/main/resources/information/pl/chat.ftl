<#import "common.ftl" as c>
Cześć, dziękujemy za kontakt z nami, odpowiemy na Twoje pytanie możliwie najszybciej.
Na początku kilka technicznych informacji: administratorem danych osobowych podanych w czasie rozmowy na chacie jest ${controller.companyName}, ${controller.address}.
Dane będą przetwarzane w celu obsługi Twojego zapytania, co stanowi nasz prawnie uzasadniony interes (art. 6 ust. 1 lit. f RODO).
<@c.rights/>
<@c.contact/>
<@c.policy/>
