<#import "common.ftl" as c>
Dzień dobry, dziękujemy za kontakt z nami, odpowiemy na pytanie możliwie najszybciej.
Na początku kilka informacji: administratorem danych osobowych podanych w czasie rozmowy na czacie jest ${controller.companyName}, ${controller.address}.
Dane będą przetwarzane w celu obsługi zapytania.
Żądania dotyczące danych osobowych, w tym wykonania praw z RODO, rozpatrujemy, ponieważ zobowiązuje nas do tego RODO (<@c.requestBasis/>); pozostałe zapytania obsługujemy na podstawie naszego prawnie uzasadnionego interesu polegającego na udzielaniu odpowiedzi klientom (art. 6 ust. 1 lit. f RODO).
<@c.rights/>
<@c.contact/>
<@c.policy/>
