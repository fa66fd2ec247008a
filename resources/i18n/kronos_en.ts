<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgendaView</name>
    <message numerus="yes">
        <location filename="../../kronos_desktop/ui/agenda/view.py" line="+387"/>
        <location line="+59"/>
        <source>%Ln appointment(s)</source>
        <translation>
            <numerusform>%Ln appointment</numerusform>
            <numerusform>%Ln appointments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-57"/>
        <source>%Ln with health alert(s)</source>
        <translation>
            <numerusform>%Ln with health alert</numerusform>
            <numerusform>%Ln with health alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookingFlow</name>
    <message numerus="yes">
        <location filename="../../kronos_desktop/ui/agenda/booking_flow.py" line="+114"/>
        <source>A booking cannot last more than %n hour(s).</source>
        <translation>
            <numerusform>A booking cannot last more than %n hour.</numerusform>
            <numerusform>A booking cannot last more than %n hours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookingForm</name>
    <message numerus="yes">
        <location filename="../../kronos_desktop/ui/agenda/booking_form.py" line="+126"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+109"/>
        <source>A booking cannot last more than %n hour(s).</source>
        <translation>
            <numerusform>A booking cannot last more than %n hour.</numerusform>
            <numerusform>A booking cannot last more than %n hours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message numerus="yes">
        <location filename="../../kronos_desktop/ui/agenda/cancel_dialog.py" line="+96"/>
        <source>Late cancellation: less than %n hour(s) before the start. It is recorded as late.</source>
        <translation>
            <numerusform>Late cancellation: less than %n hour before the start. It is recorded as late.</numerusform>
            <numerusform>Late cancellation: less than %n hours before the start. It is recorded as late.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Not late: more than %n hour(s) before the start.</source>
        <translation>
            <numerusform>Not late: more than %n hour before the start.</numerusform>
            <numerusform>Not late: more than %n hours before the start.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckoutView</name>
    <message numerus="yes">
        <location filename="../../kronos_desktop/ui/checkout/view.py" line="+309"/>
        <source>Open tickets (%n)</source>
        <translation>
            <numerusform>Open tickets (%n)</numerusform>
            <numerusform>Open tickets (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientFinder</name>
    <message numerus="yes">
        <location filename="../../kronos_desktop/ui/agenda/client_finder.py" line="+214"/>
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n year old</numerusform>
            <numerusform>%n years old</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message numerus="yes">
        <location filename="../../kronos_desktop/ui/clients/client_form.py" line="+350"/>
        <source>%n year(s): a minor</source>
        <translation>
            <numerusform>%n year: a minor</numerusform>
            <numerusform>%n years: a minor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientModeWindow</name>
    <message numerus="yes">
        <location filename="../../kronos_desktop/ui/clients/client_mode.py" line="+225"/>
        <source>%n required question(s) still to answer: they are marked.</source>
        <translation>
            <numerusform>%n required question still to answer: it is marked.</numerusform>
            <numerusform>%n required questions still to answer: they are marked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientRecordView</name>
    <message numerus="yes">
        <location filename="../../kronos_desktop/ui/clients/record_view.py" line="+108"/>
        <source>Forms (%n)</source>
        <translation>
            <numerusform>Forms (%n)</numerusform>
            <numerusform>Forms (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Deposits (%n)</source>
        <translation>
            <numerusform>Deposits (%n)</numerusform>
            <numerusform>Deposits (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientsView</name>
    <message numerus="yes">
        <location filename="../../kronos_desktop/ui/clients/view.py" line="+385"/>
        <source>%Ln client(s) found</source>
        <translation>
            <numerusform>%Ln client found</numerusform>
            <numerusform>%Ln clients found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message numerus="yes">
        <location filename="../../kronos_desktop/ui/sync/connection_dialog.py" line="+404"/>
        <source>The server will stop accepting this desk until the owner or a manager signs in again. The data on this computer, and the %Ln change(s) not yet sent, are kept.</source>
        <translation>
            <numerusform>The server will stop accepting this desk until the owner or a manager signs in again. The data on this computer, and the %Ln change not yet sent, are kept.</numerusform>
            <numerusform>The server will stop accepting this desk until the owner or a manager signs in again. The data on this computer, and the %Ln changes not yet sent, are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-85"/>
        <source>A manager needs to sign in on this desk · %Ln change(s) waiting</source>
        <translation>
            <numerusform>A manager needs to sign in on this desk · %Ln change waiting</numerusform>
            <numerusform>A manager needs to sign in on this desk · %Ln changes waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayFigures</name>
    <message numerus="yes">
        <location filename="../../kronos_desktop/ui/checkout/day_figures.py" line="+178"/>
        <source>%n refund(s)</source>
        <translation>
            <numerusform>%n refund</numerusform>
            <numerusform>%n refunds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n sale(s)</source>
        <translation>
            <numerusform>%n sale</numerusform>
            <numerusform>%n sales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n deposit(s) taken</source>
        <translation>
            <numerusform>%n deposit taken</numerusform>
            <numerusform>%n deposits taken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayReportDialog</name>
    <message numerus="yes">
        <location filename="../../kronos_desktop/ui/checkout/day_report_dialog.py" line="+85"/>
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n page.</numerusform>
            <numerusform>%n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Saved %n page(s) to {path}.</source>
        <translation>
            <numerusform>Saved %n page to {path}.</numerusform>
            <numerusform>Saved %n pages to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DepositDialog</name>
    <message numerus="yes">
        <location filename="../../kronos_desktop/ui/checkout/deposit_dialog.py" line="+178"/>
        <source>%n month(s) from today: {day}</source>
        <translation>
            <numerusform>%n month from today: {day}</numerusform>
            <numerusform>%n months from today: {day}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DepositPrompts</name>
    <message numerus="yes">
        <location filename="../../kronos_desktop/ui/agenda/deposit_prompts.py" line="+129"/>
        <source>Policy: a client %n minute(s) late or more is a no-show, and a no-show loses the deposit.</source>
        <translation>
            <numerusform>Policy: a client %n minute late or more is a no-show, and a no-show loses the deposit.</numerusform>
            <numerusform>Policy: a client %n minutes late or more is a no-show, and a no-show loses the deposit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Policy: cancelling less than %n hour(s) before the booking loses the deposit.</source>
        <translation>
            <numerusform>Policy: cancelling less than %n hour before the booking loses the deposit.</numerusform>
            <numerusform>Policy: cancelling less than %n hours before the booking loses the deposit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Policy: the deposit survives %n reschedule(s); this one is beyond it.</source>
        <translation>
            <numerusform>Policy: the deposit survives %n reschedule; this one is beyond it.</numerusform>
            <numerusform>Policy: the deposit survives %n reschedules; this one is beyond it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DepositsTab</name>
    <message numerus="yes">
        <location filename="../../kronos_desktop/ui/clients/record_deposits.py" line="+277"/>
        <source>%n held deposit(s) expired under the studio&apos;s policy: choose one and use Forfeit… to close it.</source>
        <translation>
            <numerusform>%n held deposit expired under the studio&apos;s policy: choose it and use Forfeit… to close it.</numerusform>
            <numerusform>%n held deposits expired under the studio&apos;s policy: choose one and use Forfeit… to close it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message numerus="yes">
        <location filename="../../kronos_desktop/ui/sync/status_bar.py" line="+98"/>
        <source>Synced %n second(s) ago</source>
        <translation>
            <numerusform>Synced %n second ago</numerusform>
            <numerusform>Synced %n seconds ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Synced %n minute(s) ago</source>
        <translation>
            <numerusform>Synced %n minute ago</numerusform>
            <numerusform>Synced %n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <location line="+26"/>
        <source>Not connected · %Ln change(s) waiting</source>
        <translation>
            <numerusform>Not connected · %Ln change waiting</numerusform>
            <numerusform>Not connected · %Ln changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-4"/>
        <source>Offline · %Ln change(s) waiting</source>
        <translation>
            <numerusform>Offline · %Ln change waiting</numerusform>
            <numerusform>Offline · %Ln changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Sign in again to sync · %Ln change(s) waiting</source>
        <translation>
            <numerusform>Sign in again to sync · %Ln change waiting</numerusform>
            <numerusform>Sign in again to sync · %Ln changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Update KRONOS to sync · %Ln change(s) kept</source>
        <translation>
            <numerusform>Update KRONOS to sync · %Ln change kept</numerusform>
            <numerusform>Update KRONOS to sync · %Ln changes kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Sync problem · %Ln change(s) waiting</source>
        <translation>
            <numerusform>Sync problem · %Ln change waiting</numerusform>
            <numerusform>Sync problem · %Ln changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Synced · %Ln change(s) waiting</source>
        <translation>
            <numerusform>Synced · %Ln change waiting</numerusform>
            <numerusform>Synced · %Ln changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Trying again in %n second(s).</source>
        <translation>
            <numerusform>Trying again in %n second.</numerusform>
            <numerusform>Trying again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln waiting change(s) may conflict with changes made elsewhere.</source>
        <translation>
            <numerusform>%Ln waiting change may conflict with changes made elsewhere.</numerusform>
            <numerusform>%Ln waiting changes may conflict with changes made elsewhere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%Ln conflict(s) to review</source>
        <translation>
            <numerusform>%Ln conflict to review</numerusform>
            <numerusform>%Ln conflicts to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-79"/>
        <source>A manager needs to sign in on this desk · %Ln change(s) waiting</source>
        <translation>
            <numerusform>A manager needs to sign in on this desk · %Ln change waiting</numerusform>
            <numerusform>A manager needs to sign in on this desk · %Ln changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-45"/>
        <source>Its %Ln change(s) are kept and will be sent when a server is connected.</source>
        <translation>
            <numerusform>Its %Ln change is kept and will be sent when a server is connected.</numerusform>
            <numerusform>Its %Ln changes are kept and will be sent when a server is connected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrawerPanel</name>
    <message numerus="yes">
        <location filename="../../kronos_desktop/ui/checkout/drawer_panel.py" line="+235"/>
        <source>%n payment(s) arrived after the close.</source>
        <translation>
            <numerusform>%n payment arrived after the close.</numerusform>
            <numerusform>%n payments arrived after the close.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n cash movement(s).</source>
        <translation>
            <numerusform>%n cash movement.</numerusform>
            <numerusform>%n cash movements.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message numerus="yes">
        <location filename="../../kronos_desktop/ui/clients/erase_dialog.py" line="+48"/>
        <source>The %n record(s) merged into this one are erased with it.</source>
        <translation>
            <numerusform>The record merged into this one is erased with it.</numerusform>
            <numerusform>The %n records merged into this one are erased with it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FailedSignInsPanel</name>
    <message numerus="yes">
        <location filename="../../kronos_desktop/ui/settings/failed_signins_panel.py" line="+170"/>
        <source>%n failed sign-in(s) in the last 30 days.</source>
        <translation>
            <numerusform>%n failed sign-in in the last 30 days.</numerusform>
            <numerusform>%n failed sign-ins in the last 30 days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindSlotDialog</name>
    <message numerus="yes">
        <location filename="../../kronos_desktop/ui/agenda/find_slot_dialog.py" line="+213"/>
        <source>Last session {day}; healing: %n day(s).</source>
        <translation>
            <numerusform>Last session {day}; healing: %n day.</numerusform>
            <numerusform>Last session {day}; healing: %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>The next %n free slot(s):</source>
        <translation>
            <numerusform>The next %n free slot:</numerusform>
            <numerusform>The next %n free slots:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormsTab</name>
    <message numerus="yes">
        <location filename="../../kronos_desktop/ui/clients/forms_tab.py" line="+299"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FreeNowPanel</name>
    <message numerus="yes">
        <location filename="../../kronos_desktop/ui/agenda/free_now.py" line="+134"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Free for the next %n minute(s)</source>
        <translation>
            <numerusform>Free for the next %n minute</numerusform>
            <numerusform>Free for the next %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Who is free for the next %n minute(s)</source>
        <translation>
            <numerusform>Who is free for the next %n minute</numerusform>
            <numerusform>Who is free for the next %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+98"/>
        <source>Nobody is free for the next %n minute(s).</source>
        <translation>
            <numerusform>Nobody is free for the next %n minute.</numerusform>
            <numerusform>Nobody is free for the next %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IcsExportDialog</name>
    <message numerus="yes">
        <location filename="../../kronos_desktop/ui/agenda/ics_dialog.py" line="+90"/>
        <source>Next %n day(s)</source>
        <translation>
            <numerusform>Next %n day</numerusform>
            <numerusform>Next %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+88"/>
        <source>%n booking(s) written to {path}.</source>
        <translation>
            <numerusform>%n booking written to {path}.</numerusform>
            <numerusform>%n bookings written to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message numerus="yes">
        <location filename="../../kronos_desktop/ui/lock/lock_screen.py" line="+239"/>
        <source>Wrong PIN, %Ln try(s) left</source>
        <translation>
            <numerusform>Wrong PIN, %Ln try left</numerusform>
            <numerusform>Wrong PIN, %Ln tries left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../kronos_desktop/ui/main_window.py" line="+454"/>
        <source>%Ln change(s) have not reached the server yet.</source>
        <translation>
            <numerusform>%Ln change has not reached the server yet.</numerusform>
            <numerusform>%Ln changes have not reached the server yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MaterialsPage</name>
    <message numerus="yes">
        <location filename="../../kronos_desktop/ui/settings/materials_page.py" line="+271"/>
        <source>%n material(s)</source>
        <translation>
            <numerusform>%n material</numerusform>
            <numerusform>%n materials</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n expired</source>
        <translation>
            <numerusform>%n expired</numerusform>
            <numerusform>%n expired</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <location filename="../../kronos_desktop/ui/clients/merge_dialog.py" line="+367"/>
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n booking</numerusform>
            <numerusform>%n bookings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MethodForm</name>
    <message numerus="yes">
        <location filename="../../kronos_desktop/ui/checkout/payment_method_form.py" line="+233"/>
        <source>the studio offers up to %n instalment(s)</source>
        <translation>
            <numerusform>the studio offers up to %n instalment</numerusform>
            <numerusform>the studio offers up to %n instalments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthCanvas</name>
    <message numerus="yes">
        <location filename="../../kronos_desktop/ui/agenda/month_view.py" line="+82"/>
        <location line="+76"/>
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n booking</numerusform>
            <numerusform>%n bookings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MyDayView</name>
    <message numerus="yes">
        <location filename="../../kronos_desktop/ui/agenda/my_day.py" line="+272"/>
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n booking</numerusform>
            <numerusform>%n bookings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n with health alert(s)</source>
        <translation>
            <numerusform>%n with health alert</numerusform>
            <numerusform>%n with health alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message numerus="yes">
        <location filename="../../kronos_desktop/ui/lock/pin_pad.py" line="+200"/>
        <source>%Ln digit(s) typed</source>
        <translation>
            <numerusform>%Ln digit typed</numerusform>
            <numerusform>%Ln digits typed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintDayDialog</name>
    <message numerus="yes">
        <location filename="../../kronos_desktop/ui/agenda/print_dialog.py" line="+147"/>
        <source>Saved %n page(s) to {path}.</source>
        <translation>
            <numerusform>Saved %n page to {path}.</numerusform>
            <numerusform>Saved %n pages to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message numerus="yes">
        <location filename="../../kronos_desktop/ui/settings/products_page.py" line="+251"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>⚠ %n running low or out of stock</source>
        <translation>
            <numerusform>⚠ %n running low or out of stock</numerusform>
            <numerusform>⚠ %n running low or out of stock</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message numerus="yes">
        <location filename="../../kronos_desktop/ui/checkout/receipt_dialog.py" line="+190"/>
        <source>Saved %n page(s) to {path}.</source>
        <translation>
            <numerusform>Saved %n page to {path}.</numerusform>
            <numerusform>Saved %n pages to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordHeader</name>
    <message numerus="yes">
        <location filename="../../kronos_desktop/ui/clients/record_header.py" line="+145"/>
        <source>%n year(s) · born {date}</source>
        <translation>
            <numerusform>%n year · born {date}</numerusform>
            <numerusform>%n years · born {date}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n no-show(s)</source>
        <translation>
            <numerusform>%n no-show</numerusform>
            <numerusform>%n no-shows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordTabs</name>
    <message numerus="yes">
        <location filename="../../kronos_desktop/ui/clients/record_tabs.py" line="+317"/>
        <source>Appointments (%n)</source>
        <translation>
            <numerusform>Appointments (%n)</numerusform>
            <numerusform>Appointments (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Projects (%n)</source>
        <translation>
            <numerusform>Projects (%n)</numerusform>
            <numerusform>Projects (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message numerus="yes">
        <location filename="../../kronos_desktop/ui/settings/staff_page.py" line="+101"/>
        <source> · %n day(s) differ</source>
        <translation>
            <numerusform> · %n day differs</numerusform>
            <numerusform> · %n days differ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message numerus="yes">
        <location line="+102"/>
        <source>%n active member(s)</source>
        <translation>
            <numerusform>%n active member</numerusform>
            <numerusform>%n active members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StockCountDialog</name>
    <message numerus="yes">
        <location filename="../../kronos_desktop/ui/settings/stock_dialogs.py" line="+372"/>
        <source>%n product(s) counted</source>
        <translation>
            <numerusform>%n product counted</numerusform>
            <numerusform>%n products counted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n to correct</source>
        <translation>
            <numerusform>%n to correct</numerusform>
            <numerusform>%n to correct</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeOffDialog</name>
    <message numerus="yes">
        <location filename="../../kronos_desktop/ui/agenda/time_off_dialog.py" line="+170"/>
        <source>%n booking(s) in this time: move or cancel each before saving.</source>
        <translation>
            <numerusform>%n booking in this time: move or cancel each before saving.</numerusform>
            <numerusform>%n bookings in this time: move or cancel each before saving.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeOffForm</name>
    <message numerus="yes">
        <location filename="../../kronos_desktop/ui/agenda/time_off_form.py" line="+279"/>
        <source>A day&apos;s time off lasts at most %n hour(s).</source>
        <translation>
            <numerusform>A day&apos;s time off lasts at most %n hour.</numerusform>
            <numerusform>A day&apos;s time off lasts at most %n hours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VouchersPage</name>
    <message numerus="yes">
        <location filename="../../kronos_desktop/ui/checkout/vouchers_page.py" line="+212"/>
        <source>%n voucher(s); still to spend: {amount}</source>
        <translation>
            <numerusform>%n voucher; still to spend: {amount}</numerusform>
            <numerusform>%n vouchers; still to spend: {amount}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n overdrawn: see the conflicts inbox</source>
        <translation>
            <numerusform>%n overdrawn: see the conflicts inbox</numerusform>
            <numerusform>%n overdrawn: see the conflicts inbox</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_RecordCard</name>
    <message numerus="yes">
        <location filename="../../kronos_desktop/ui/clients/merge_dialog.py" line="+103"/>
        <source>%n open booking(s)</source>
        <translation>
            <numerusform>%n open booking</numerusform>
            <numerusform>%n open bookings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n open project(s)</source>
        <translation>
            <numerusform>%n open project</numerusform>
            <numerusform>%n open projects</numerusform>
        </translation>
    </message>
</context>
</TS>
